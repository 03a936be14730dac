{{/* Names and labels, shared by every object (bitnami style). */}}
{{- define "mesh.name" -}}
{{- .Values.nameOverride | default .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}

{{- define "mesh.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "mesh.name" . -}}
{{- if contains $name .Release.Name -}}{{ .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else -}}{{ printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}{{- end -}}
{{- end -}}
{{- end -}}

{{- define "mesh.labels" -}}
app.kubernetes.io/name: {{ include "mesh.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "mesh.selector" -}}
app.kubernetes.io/name: {{ include "mesh.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
Metadata of a pod template: the selector labels (which `podLabels` cannot override, or the
controller would lose its pods), `podLabels`, `podAnnotations` and the given annotations.
Args: root, component, annotations (dict, optional), partOf (bool: a role of the mesh).
*/}}
{{- define "mesh.podMetadata" -}}
{{- $root := .root -}}
{{- $labels := merge (include "mesh.selector" . | fromYaml) (deepCopy ($root.Values.podLabels | default dict)) -}}
{{- if .partOf }}{{ $_ := set $labels "app.kubernetes.io/part-of" (include "mesh.fullname" $root) }}{{ end -}}
{{- $annotations := merge (deepCopy (.annotations | default dict)) (deepCopy ($root.Values.podAnnotations | default dict)) -}}
labels: {{- toYaml $labels | nindent 2 }}
{{- with $annotations }}
annotations: {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "mesh.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "mesh.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/*
The image: [registry/]repository, then `@digest` when one is given (a digest pins the exact
build; the tag is then only informative), else `:tag` (default: the chart's appVersion, the
tag CI pushes for a release).
*/}}
{{- define "mesh.image" -}}
{{- $img := .Values.image -}}
{{- $registry := (.Values.global | default dict).imageRegistry | default $img.registry -}}
{{- $repo := ternary (printf "%s/%s" $registry $img.repository) $img.repository (ne $registry "") -}}
{{- if $img.digest -}}{{ $repo }}@{{ $img.digest }}
{{- else -}}{{ $repo }}:{{ $img.tag | default .Chart.AppVersion }}{{- end -}}
{{- end -}}

{{/* imagePullSecrets of every pod: global.imagePullSecrets, then imagePullSecrets (names or {name}). */}}
{{- define "mesh.imagePullSecrets" -}}
{{- $names := list -}}
{{- range concat ((.Values.global | default dict).imagePullSecrets | default list) (.Values.imagePullSecrets | default list) -}}
{{- if kindIs "map" . }}{{ $names = append $names .name }}{{ else }}{{ $names = append $names . }}{{ end -}}
{{- end -}}
{{- with $names | uniq }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end -}}
{{- end -}}

{{- define "mesh.secretName" -}}
{{ .Values.secrets.existingSecret | default (printf "%s-secrets" (include "mesh.fullname" .)) }}
{{- end -}}

{{- define "mesh.redisSecretName" -}}
{{ .Values.redis.existingSecret | default (printf "%s-secrets" (include "mesh.fullname" .)) }}
{{- end -}}

{{/*
"true" when Redis needs a password: one is given (existingSecret or auth.password) or the chart
runs the bundled Redis, which always gets one (generated once, kept across upgrades).
*/}}
{{- define "mesh.redisAuth" -}}
{{- if or .Values.redis.existingSecret .Values.redis.auth.password .Values.redis.bundled.enabled -}}true{{- end -}}
{{- end -}}

{{- define "mesh.redisUrl" -}}
{{- if .Values.redis.bundled.enabled -}}
redis://{{ include "mesh.fullname" . }}-redis:6379/0
{{- else if eq (.Values.redis.mode | default "standalone") "sentinel" -}}
{{ .Values.redis.url }}
{{- else -}}
{{ required "redis.url is required when redis.bundled.enabled is false" .Values.redis.url }}
{{- end -}}
{{- end -}}

{{/* The stream names of one lens's tasks: one per partition (tagged {pN} on a cluster or
with several partitions, as services/contract/streams.py names them). */}}
{{- define "mesh.lensStreams" -}}
{{- $r := .root.Values.redis -}}
{{- $n := int ($r.partitions | default 1) -}}
{{- $tagged := or (gt $n 1) (eq ($r.mode | default "standalone") "cluster") -}}
{{- $out := list -}}
{{- range $p := until $n -}}
{{- $out = append $out (printf "doc.review.%s%s" $.lens (ternary (printf "{p%d}" $p) "" $tagged)) -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}

{{/*
Where KEDA's redis-streams scaler dials, as JSON {address, enableTLS, databaseIndex}: the
bundled Redis's Service, else host:port, TLS (rediss://) and database of `redis.url`.
`redis.keda.address` and `redis.keda.enableTLS` override. The password comes from the same
Secret the roles read (TriggerAuthentication), so a password inside the URL is refused.
*/}}
{{- define "mesh.kedaRedis" -}}
{{- $k := .Values.redis.keda -}}
{{- $out := dict "address" (printf "%s-redis:6379" (include "mesh.fullname" .)) "enableTLS" false "databaseIndex" "0" -}}
{{- if not .Values.redis.bundled.enabled -}}
{{- $u := urlParse (include "mesh.redisUrl" .) -}}
{{- if $u.userinfo -}}
{{- fail "redis.url must not carry credentials when a lens uses KEDA: put the password in redis.existingSecret (key redis-password) or redis.auth.password, which KEDA reads too" -}}
{{- end -}}
{{- $address := ternary $u.host (printf "%s:6379" $u.host) (regexMatch ":[0-9]+$" $u.host) -}}
{{- $db := trimPrefix "/" $u.path | default "0" -}}
{{- $out = dict "address" $address "enableTLS" (eq $u.scheme "rediss") "databaseIndex" $db -}}
{{- end -}}
{{- with $k.address }}{{ $_ := set $out "address" . }}{{ end -}}
{{- if kindIs "bool" $k.enableTLS }}{{ $_ := set $out "enableTLS" $k.enableTLS }}{{ end -}}
{{- toJson $out -}}
{{- end -}}

{{/* "true" when at least one lens is scaled by KEDA. */}}
{{- define "mesh.usesKeda" -}}
{{- range .Values.lenses }}{{ if eq ((.autoscaling | default dict).mode | default "none") "keda" }}true{{ end }}{{ end -}}
{{- end -}}

{{/* Environment every role shares: Redis, specs, drain deadline, then `extraEnv`. */}}
{{- define "mesh.env" -}}
- name: MESH_REDIS_URL
  value: {{ include "mesh.redisUrl" . | quote }}
- name: MESH_REDIS_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ include "mesh.redisSecretName" . }}, key: redis-password, optional: true}
- name: MESH_REDIS_MODE
  value: {{ .Values.redis.mode | default "standalone" | quote }}
- name: MESH_PARTITIONS
  value: {{ .Values.redis.partitions | default 1 | int | quote }}
{{- if eq (.Values.redis.mode | default "standalone") "sentinel" }}
- name: MESH_REDIS_SENTINELS
  value: {{ required "redis.sentinels is required in sentinel mode" .Values.redis.sentinels | quote }}
- name: MESH_REDIS_SENTINEL_SERVICE
  value: {{ .Values.redis.sentinelService | default "mymaster" | quote }}
{{- end }}
{{- if not (kindIs "invalid" .Values.redis.intakeMinReplicas) }}
- name: MESH_INTAKE_MIN_REPLICAS
  value: {{ .Values.redis.intakeMinReplicas | int | quote }}
{{- end }}
- name: MESH_SPEC_DIR
  value: /etc/mesh/specs
- name: MESH_DRAIN_DEADLINE_S
  value: {{ .Values.drainDeadlineSeconds | int | quote }}
- name: MESH_LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: MESH_METRICS_PORT
  value: {{ .Values.metricsPort | int | quote }}
- name: MESH_CONSUMER_NAME
  valueFrom:
    fieldRef: {fieldPath: metadata.name}
{{- end -}}

{{/*
Scheduling shared by every pod: service account, pull secrets, priority class, node selector,
tolerations, affinity and topology spread. A spread constraint without a labelSelector gets
the component's selector, so each role spreads its own pods. Args: root, component.
*/}}
{{- define "mesh.podScheduling" -}}
{{- $root := .root -}}
serviceAccountName: {{ include "mesh.serviceAccountName" $root }}
automountServiceAccountToken: false
{{- include "mesh.imagePullSecrets" $root }}
{{- with $root.Values.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- with $root.Values.nodeSelector }}
nodeSelector: {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $root.Values.tolerations }}
tolerations: {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $root.Values.affinity }}
affinity: {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $root.Values.topologySpreadConstraints }}
{{- $constraints := list }}
{{- range . }}
{{- $c := deepCopy . }}
{{- if not (hasKey $c "labelSelector") }}
{{- $_ := set $c "labelSelector" (dict "matchLabels" (include "mesh.selector" (dict "root" $root "component" $.component) | fromYaml)) }}
{{- end }}
{{- $constraints = append $constraints $c }}
{{- end }}
topologySpreadConstraints: {{- toYaml $constraints | nindent 2 }}
{{- end }}
{{- end -}}

{{/* A HorizontalPodAutoscaler on CPU. Args: root, component, minReplicas, maxReplicas, cpu. */}}
{{- define "mesh.hpa" -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "mesh.fullname" .root }}-{{ .component }}
  labels:
    {{- include "mesh.labels" .root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: {{ include "mesh.fullname" .root }}-{{ .component }}}
  minReplicas: {{ max 1 (.minReplicas | default 1) }}
  maxReplicas: {{ .maxReplicas | default 10 }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: {{ .cpu | default 70 }}}
{{- end -}}

{{/*
One Deployment, used by every role, with its PodDisruptionBudget and HPA when asked.
Args: root, component, replicas, autoscaling (dict with enabled, minReplicas, maxReplicas,
targetCPUUtilization; optional: replicas are left out when it is enabled, or when
`external` is true because KEDA owns them), external (bool), args, port, portName,
resources, env (extra list), pdb (optional).
*/}}
{{- define "mesh.deployment" -}}
{{- $root := .root -}}
{{- $as := .autoscaling | default dict -}}
{{- $annotations := dict "checksum/specs" (include (print $root.Template.BasePath "/configmap-specs.yaml") $root | sha256sum) "checksum/secrets" (include "mesh.secretsChecksum" $root) -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "mesh.fullname" $root }}-{{ .component }}
  labels:
    {{- include "mesh.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  {{- if not (or $as.enabled .external) }}
  replicas: {{ .replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxUnavailable: 0, maxSurge: 1}
  selector:
    matchLabels:
      {{- include "mesh.selector" (dict "root" $root "component" .component) | nindent 6 }}
  template:
    metadata:
      {{- include "mesh.podMetadata" (dict "root" $root "component" .component "partOf" true "annotations" $annotations) | nindent 6 }}
    spec:
      {{- include "mesh.podScheduling" (dict "root" $root "component" .component) | nindent 6 }}
      terminationGracePeriodSeconds: {{ add $root.Values.drainDeadlineSeconds 10 }}
      securityContext: {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .component }}
          image: {{ include "mesh.image" $root }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          command: ["mesh"]
          args: {{ toJson .args }}
          env:
            {{- include "mesh.env" $root | nindent 12 }}
            {{- with .env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            {{- with $root.Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          {{- with $root.Values.extraEnvFrom }}
          envFrom: {{- toYaml . | nindent 12 }}
          {{- end }}
          ports:
            - name: {{ .portName }}
              containerPort: {{ .port }}
          livenessProbe:
            httpGet: {path: /healthz, port: {{ .portName }}}
            periodSeconds: 10
            failureThreshold: 6
          readinessProbe:
            httpGet: {path: /readyz, port: {{ .portName }}}
            periodSeconds: 5
            failureThreshold: 3
          startupProbe:
            httpGet: {path: /healthz, port: {{ .portName }}}
            periodSeconds: 2
            failureThreshold: 30
          resources: {{- toYaml .resources | nindent 12 }}
          securityContext: {{- toYaml $root.Values.securityContext | nindent 12 }}
          volumeMounts:
            - {name: specs, mountPath: /etc/mesh/specs, readOnly: true}
            - {name: tmp, mountPath: /tmp}
      volumes:
        - name: specs
          configMap: {name: {{ include "mesh.fullname" $root }}-specs}
        - name: tmp
          emptyDir: {sizeLimit: 64Mi}
{{- if .pdb }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "mesh.fullname" $root }}-{{ .component }}
  labels:
    {{- include "mesh.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  {{- toYaml .pdb | nindent 2 }}
  selector:
    matchLabels:
      {{- include "mesh.selector" (dict "root" $root "component" .component) | nindent 6 }}
{{- end }}
{{- if $as.enabled }}
---
{{ include "mesh.hpa" (dict "root" $root "component" .component "minReplicas" $as.minReplicas "maxReplicas" $as.maxReplicas "cpu" $as.targetCPUUtilization) }}
{{- end }}
{{- end -}}

{{/* A lens's task stream and consumer group, for its KEDA trigger: the one copy in the chart
of the naming rule in services/contract/streams.py (tests/deploy checks they agree). */}}
{{- define "mesh.lensStream" -}}
doc.review.{{ . }}
{{- end }}
{{- define "mesh.lensGroup" -}}
{{ . }}-group
{{- end }}
