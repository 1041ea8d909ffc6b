{{/* The chart's name, shortened to what Kubernetes accepts in a label. */}}
{{- define "bot.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The name of every object: the release name, with the chart's unless the release name holds it already. */}}
{{- define "bot.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "bot.selectorLabels" -}}
app.kubernetes.io/name: {{ include "bot.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "bot.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "bot.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* "true" when database.url names PostgreSQL; anything else is the embedded H2. */}}
{{- define "bot.postgres" -}}
{{- if hasPrefix "jdbc:postgresql:" .Values.database.url }}true{{ end }}
{{- end }}

{{/* "true" when the H2 file lives on a PersistentVolumeClaim (the chart's or an existing one). */}}
{{- define "bot.persistent" -}}
{{- if and (not (include "bot.postgres" .)) .Values.persistence.enabled }}true{{ end }}
{{- end }}

{{- define "bot.claimName" -}}
{{- .Values.persistence.existingClaim | default (printf "%s-data" (include "bot.fullname" .)) }}
{{- end }}

{{- define "bot.secretName" -}}
{{- .Values.existingSecret | default (include "bot.fullname" .) }}
{{- end }}

{{/*
Refuses values that would install a bot that cannot work, or a secret in the ConfigMap, with a message saying what
to change. Rendered by the Deployment, so `helm install`, `helm template` and `helm lint` all stop on it.
*/}}
{{- define "bot.validate" -}}
{{- $url := .Values.database.url }}
{{- if and $url (not (hasPrefix "jdbc:h2:" $url)) (not (hasPrefix "jdbc:postgresql:" $url)) }}
{{- fail (printf "database.url=%s is neither jdbc:postgresql://… nor jdbc:h2:…" $url) }}
{{- end }}
{{- if regexMatch "(?i)password=" $url }}
{{- fail "database.url holds a password, and would put it in the ConfigMap: give it as secrets.DATABASE_PASSWORD" }}
{{- end }}
{{- if and (gt (int .Values.replicaCount) 1) (not (include "bot.postgres" .)) }}
{{- fail (printf "replicaCount=%d needs PostgreSQL: the embedded H2 database serves one process only. Set database.url to a jdbc:postgresql://… URL, or replicaCount to 1." (int .Values.replicaCount)) }}
{{- end }}
{{- /* settings the chart sets from its own values, so `settings` must not set them a second way */}}
{{- $chartSettings := list "PORT" "DATABASE_URL" "DATABASE_USER" "METRICS_ENABLED" "METRICS_PORT" "SHUTDOWN_TIMEOUT_SECONDS" }}
{{- range $key, $value := .Values.settings }}
{{- if not (regexMatch "^[A-Z][A-Z0-9_]*$" $key) }}
{{- fail (printf "settings.%s is no setting name: use the environment variable's, like DIGEST_TIME_ZONE" $key) }}
{{- end }}
{{- if or (hasKey $.Values.secrets $key) (regexMatch "(TOKEN|SECRET|PASSWORD)" $key) }}
{{- fail (printf "settings.%s is a secret: give it as secrets.%s (or in existingSecret), never in the ConfigMap" $key $key) }}
{{- end }}
{{- if has $key $chartSettings }}
{{- fail (printf "settings.%s is set by the chart: use its own value (containerPort, database.url, database.user, metrics.enabled, metrics.port or shutdown.timeoutSeconds)" $key) }}
{{- end }}
{{- end }}
{{- if .Values.existingSecret }}
{{- range $key, $value := .Values.secrets }}
{{- if $value }}
{{- fail (printf "secrets.%s is given together with existingSecret=%s: put it in that Secret instead" $key $.Values.existingSecret) }}
{{- end }}
{{- end }}
{{- end }}
{{- if and .Values.metrics.serviceMonitor.enabled (not .Values.metrics.enabled) }}
{{- fail "metrics.serviceMonitor.enabled needs metrics.enabled: without it the bot serves no /metrics to scrape" }}
{{- end }}
{{- $stopping := add (int .Values.shutdown.preStopSleepSeconds) (int .Values.shutdown.timeoutSeconds) }}
{{- if ge (int $stopping) (int .Values.terminationGracePeriodSeconds) }}
{{- fail (printf "shutdown.preStopSleepSeconds + shutdown.timeoutSeconds (%d s) must stay below terminationGracePeriodSeconds (%d s), or Kubernetes kills the bot before it has handed over its work" (int $stopping) (int .Values.terminationGracePeriodSeconds)) }}
{{- end }}
{{- end }}
