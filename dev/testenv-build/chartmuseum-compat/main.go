// chartmuseum-compat: a small stand-in for ChartMuseum's HTTP API, used by dev/testenv because
// the Go module proxy refuses helm.sh/chartmuseum (403 "not available" for v0.15.0 .. v0.16.4).
//
// It implements the part of ChartMuseum's API the dashboard uses, with ChartMuseum's flag names,
// paths, status codes and JSON shapes, backed by a local directory (like --storage=local):
//
//	GET  /health                          {"healthy":true}
//	GET  /index.yaml                      Helm repository index (apiVersion v1)
//	GET  /charts/<name>-<version>.tgz     the package
//	GET  /api/charts                      {name: [chartVersion...]}
//	GET  /api/charts/<name>               [chartVersion...]
//	GET  /api/charts/<name>/<version>     chartVersion
//	HEAD on the three above               200 / 404
//	POST /api/charts                      body: the .tgz (or multipart field "chart"); 201 {"saved":true}
//	                                      409 {"error":"file already exists"} unless --allow-overwrite
//	DELETE /api/charts/<name>/<version>   {"deleted":true}
//
// Each upload is validated like ChartMuseum does: a gzipped tar whose top directory holds a
// Chart.yaml with a name and a version.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"sigs.k8s.io/yaml"
)

var version = "dev"

type chartVersion struct {
	Metadata map[string]any `json:"-"`
	URLs     []string       `json:"urls"`
	Created  time.Time      `json:"created"`
	Digest   string         `json:"digest"`
	name     string
	version  string
}

// MarshalJSON flattens Chart.yaml's fields next to urls/created/digest, as Helm's repo.ChartVersion does.
func (c chartVersion) MarshalJSON() ([]byte, error) {
	m := map[string]any{}
	for k, v := range c.Metadata {
		m[k] = v
	}
	m["urls"] = c.URLs
	m["created"] = c.Created.UTC().Format(time.RFC3339Nano)
	m["digest"] = c.Digest
	return json.Marshal(m)
}

type repo struct {
	dir            string
	allowOverwrite bool
	disableDelete  bool
	mu             sync.Mutex
}

var nameRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func readChart(data []byte) (map[string]any, error) {
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a gzipped chart package: %w", err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, errors.New("chart package has no Chart.yaml")
		}
		if err != nil {
			return nil, fmt.Errorf("bad chart package: %w", err)
		}
		parts := strings.Split(strings.TrimPrefix(h.Name, "./"), "/")
		if len(parts) == 2 && parts[1] == "Chart.yaml" {
			b, err := io.ReadAll(io.LimitReader(tr, 1<<20))
			if err != nil {
				return nil, err
			}
			var md map[string]any
			if err := yaml.Unmarshal(b, &md); err != nil {
				return nil, fmt.Errorf("bad Chart.yaml: %w", err)
			}
			n, _ := md["name"].(string)
			v := fmt.Sprint(md["version"])
			if n == "" || md["version"] == nil || v == "" {
				return nil, errors.New("Chart.yaml needs name and version")
			}
			if !nameRe.MatchString(n) || !nameRe.MatchString(v) {
				return nil, errors.New("invalid chart name or version")
			}
			md["version"] = v
			if md["apiVersion"] == nil {
				md["apiVersion"] = "v1"
			}
			return md, nil
		}
	}
}

func (r *repo) load() (map[string][]chartVersion, error) {
	entries, err := os.ReadDir(r.dir)
	if err != nil {
		return nil, err
	}
	out := map[string][]chartVersion{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tgz") {
			continue
		}
		p := filepath.Join(r.dir, e.Name())
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		md, err := readChart(data)
		if err != nil {
			log.Printf("skipping %s: %v", e.Name(), err)
			continue
		}
		info, _ := e.Info()
		sum := sha256.Sum256(data)
		cv := chartVersion{Metadata: md, Created: info.ModTime(), Digest: hex.EncodeToString(sum[:]),
			name: md["name"].(string), version: md["version"].(string)}
		cv.URLs = []string{"charts/" + e.Name()}
		out[cv.name] = append(out[cv.name], cv)
	}
	for _, vs := range out {
		sort.Slice(vs, func(i, j int) bool { return semverLess(vs[j].version, vs[i].version) })
	}
	return out, nil
}

// semverLess orders versions by their numeric major.minor.patch, then by the rest as text.
func semverLess(a, b string) bool {
	pa, pb := splitVersion(a), splitVersion(b)
	for i := 0; i < 3; i++ {
		if pa.nums[i] != pb.nums[i] {
			return pa.nums[i] < pb.nums[i]
		}
	}
	if pa.pre != pb.pre {
		if pa.pre == "" {
			return false
		}
		if pb.pre == "" {
			return true
		}
		return pa.pre < pb.pre
	}
	return a < b
}

type ver struct {
	nums [3]int
	pre  string
}

func splitVersion(s string) ver {
	s = strings.TrimPrefix(s, "v")
	var v ver
	if i := strings.IndexAny(s, "-+"); i >= 0 {
		v.pre = s[i:]
		s = s[:i]
	}
	for i, p := range strings.SplitN(s, ".", 3) {
		v.nums[i], _ = strconv.Atoi(p)
	}
	return v
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func errJSON(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (r *repo) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: 200}
	r.serve(rec, req)
	log.Printf("%s %s %d %s", req.Method, req.URL.Path, rec.status, time.Since(start).Round(time.Microsecond))
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) { s.status = code; s.ResponseWriter.WriteHeader(code) }

func (r *repo) serve(w http.ResponseWriter, req *http.Request) {
	p := path.Clean("/" + req.URL.Path)
	get := req.Method == http.MethodGet || req.Method == http.MethodHead
	switch {
	case p == "/health" && get:
		writeJSON(w, 200, map[string]bool{"healthy": true})
	case p == "/" && get:
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Welcome to ChartMuseum!</title></head><body><h1>Welcome to ChartMuseum!</h1><p>(chartmuseum-compat, dev/testenv)</p></body></html>")
	case p == "/index.yaml" && get:
		r.serveIndex(w)
	case strings.HasPrefix(p, "/charts/") && get:
		file := strings.TrimPrefix(p, "/charts/")
		if strings.Contains(file, "/") || !strings.HasSuffix(file, ".tgz") {
			errJSON(w, 404, "not found")
			return
		}
		f := filepath.Join(r.dir, file)
		if _, err := os.Stat(f); err != nil {
			errJSON(w, 404, "not found")
			return
		}
		w.Header().Set("Content-Type", "application/x-tar")
		http.ServeFile(w, req, f)
	case p == "/api/charts" && req.Method == http.MethodPost:
		r.upload(w, req)
	case p == "/api/charts" && get:
		r.mu.Lock()
		all, err := r.load()
		r.mu.Unlock()
		if err != nil {
			errJSON(w, 500, err.Error())
			return
		}
		writeJSON(w, 200, all)
	case strings.HasPrefix(p, "/api/charts/"):
		parts := strings.Split(strings.TrimPrefix(p, "/api/charts/"), "/")
		r.mu.Lock()
		all, err := r.load()
		r.mu.Unlock()
		if err != nil {
			errJSON(w, 500, err.Error())
			return
		}
		vs, ok := all[parts[0]]
		switch {
		case len(parts) == 1 && get:
			if !ok {
				errJSON(w, 404, fmt.Sprintf("chart not found"))
				return
			}
			writeJSON(w, 200, vs)
		case len(parts) == 2 && (get || req.Method == http.MethodDelete):
			want := parts[1]
			for _, cv := range vs {
				if cv.version == want || (want == "latest" && get) {
					if req.Method == http.MethodDelete {
						if r.disableDelete {
							errJSON(w, 404, "not found")
							return
						}
						r.mu.Lock()
						err := os.Remove(filepath.Join(r.dir, path.Base(cv.URLs[0])))
						r.mu.Unlock()
						if err != nil {
							errJSON(w, 500, err.Error())
							return
						}
						writeJSON(w, 200, map[string]bool{"deleted": true})
						return
					}
					writeJSON(w, 200, cv)
					return
				}
			}
			errJSON(w, 404, "improper chart or version")
		default:
			errJSON(w, 404, "not found")
		}
	default:
		errJSON(w, 404, "not found")
	}
}

func (r *repo) serveIndex(w http.ResponseWriter) {
	r.mu.Lock()
	all, err := r.load()
	r.mu.Unlock()
	if err != nil {
		errJSON(w, 500, err.Error())
		return
	}
	entries := map[string][]chartVersion{}
	for n, vs := range all {
		entries[n] = vs
	}
	b, err := json.Marshal(map[string]any{
		"apiVersion": "v1",
		"entries":    entries,
		"generated":  time.Now().UTC().Format(time.RFC3339Nano),
		"serverInfo": map[string]any{},
	})
	if err == nil {
		b, err = yaml.JSONToYAML(b)
	}
	if err != nil {
		errJSON(w, 500, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/x-yaml")
	_, _ = w.Write(b)
}

func (r *repo) upload(w http.ResponseWriter, req *http.Request) {
	body := http.MaxBytesReader(w, req.Body, 20<<20)
	var data []byte
	var err error
	if ct, _, _ := mime.ParseMediaType(req.Header.Get("Content-Type")); ct == "multipart/form-data" {
		if err = req.ParseMultipartForm(20 << 20); err == nil {
			f, _, ferr := req.FormFile("chart")
			if ferr != nil {
				errJSON(w, 400, "no chart field in form")
				return
			}
			defer f.Close()
			data, err = io.ReadAll(f)
		}
	} else {
		data, err = io.ReadAll(body)
	}
	if err != nil {
		errJSON(w, 400, err.Error())
		return
	}
	md, err := readChart(data)
	if err != nil {
		errJSON(w, 400, err.Error())
		return
	}
	file := fmt.Sprintf("%s-%s.tgz", md["name"], md["version"])
	dst := filepath.Join(r.dir, file)
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, err := os.Stat(dst); err == nil && !r.allowOverwrite {
		errJSON(w, 409, "file already exists")
		return
	}
	tmp := dst + ".part"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		errJSON(w, 500, err.Error())
		return
	}
	if err := os.Rename(tmp, dst); err != nil {
		errJSON(w, 500, err.Error())
		return
	}
	writeJSON(w, 201, map[string]bool{"saved": true})
}

func main() {
	storage := flag.String("storage", "local", "storage backend (only \"local\" is supported)")
	dir := flag.String("storage-local-rootdir", "", "directory that holds the chart packages")
	host := flag.String("listen-host", "127.0.0.1", "address to listen on")
	port := flag.Int("port", 8080, "port to listen on")
	allowOverwrite := flag.Bool("allow-overwrite", false, "allow uploading a chart version that exists")
	disableDelete := flag.Bool("disable-delete", false, "refuse DELETE")
	showVersion := flag.Bool("version", false, "print the version")
	flag.Parse()
	if *showVersion {
		fmt.Println("chartmuseum-compat", version)
		return
	}
	if *storage != "local" || *dir == "" {
		log.Fatal("need --storage=local and --storage-local-rootdir=DIR")
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	addr := net.JoinHostPort(*host, strconv.Itoa(*port))
	log.Printf("chartmuseum-compat %s listening on %s, storage %s", version, addr, *dir)
	srv := &http.Server{Addr: addr, Handler: &repo{dir: *dir, allowOverwrite: *allowOverwrite, disableDelete: *disableDelete},
		ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
