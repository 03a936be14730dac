{{/* Names and labels, shared by every object. */}}
{{- define "mesh.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}{{ .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "mesh.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "mesh.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "mesh.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "mesh.secretName" -}}
{{ .Values.secrets.existingSecret | default (printf "%s-secrets" (include "mesh.fullname" .)) }}
{{- end -}}

{{- define "mesh.redisSecretName" -}}
{{ .Values.redis.existingSecret | default (printf "%s-secrets" (include "mesh.fullname" .)) }}
{{- end -}}

{{- define "mesh.redisUrl" -}}
{{- if .Values.redis.bundled.enabled -}}
redis://{{ include "mesh.fullname" . }}-redis:6379/0
{{- else -}}
{{ required "redis.url is required when redis.bundled.enabled is false" .Values.redis.url }}
{{- end -}}
{{- end -}}

{{/* Environment every role shares: Redis, specs, drain deadline, secrets. */}}
{{- define "mesh.env" -}}
- name: MESH_REDIS_URL
  value: {{ include "mesh.redisUrl" . | quote }}
- name: MESH_REDIS_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ include "mesh.redisSecretName" . }}, key: redis-password, optional: true}
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
One Deployment, used by every role.
Args: root, component, replicas (absent when an autoscaler owns it), args, port, portName,
resources, env (extra list), pdb (optional).
*/}}
{{- define "mesh.deployment" -}}
{{- $root := .root -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "mesh.fullname" $root }}-{{ .component }}
  labels:
    {{- include "mesh.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  {{- if hasKey . "replicas" }}
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
      labels:
        {{- include "mesh.selector" (dict "root" $root "component" .component) | nindent 8 }}
        app.kubernetes.io/part-of: {{ include "mesh.fullname" $root }}
      annotations:
        checksum/specs: {{ include (print $root.Template.BasePath "/configmap-specs.yaml") $root | sha256sum }}
        checksum/secrets: {{ include "mesh.secretsChecksum" $root }}
    spec:
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets: {{- toYaml . | nindent 8 }}
      {{- end }}
      automountServiceAccountToken: false
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
      {{- with $root.Values.nodeSelector }}
      nodeSelector: {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations: {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.affinity }}
      affinity: {{- toYaml . | nindent 8 }}
      {{- end }}
{{- if .pdb }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "mesh.fullname" $root }}-{{ .component }}
  labels:
    {{- include "mesh.labels" $root | nindent 4 }}
spec:
  {{- toYaml .pdb | nindent 2 }}
  selector:
    matchLabels:
      {{- include "mesh.selector" (dict "root" $root "component" .component) | nindent 6 }}
{{- end }}
{{- end -}}
