module k8s-dashboard.dev/testenv-build/chartmuseum-compat

go 1.24.0

require sigs.k8s.io/yaml v1.4.0
