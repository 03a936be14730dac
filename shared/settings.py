"""Process settings: the one place that reads the environment (prefix ``MESH_``)."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.redact import redact


def _default_consumer() -> str:
    # hostname is the pod name on Kubernetes; the pid keeps local replicas apart.
    return f"{socket.gethostname()}-{os.getpid()}"


class Settings(BaseSettings):
    """Runtime settings shared by every role; roles subclass it to add their own fields."""

    model_config = SettingsConfigDict(env_prefix="MESH_", env_file=None, extra="ignore")

    redis_url: str | None = Field(
        default=None, description="redis:// or rediss:// URL; unset means 'start a local one'"
    )
    redis_password: SecretStr | None = Field(
        default=None, description="overrides the password in redis_url (kept out of logs)"
    )
    redis_username: str | None = Field(default=None, description="ACL user (AUTH user pw)")
    redis_mode: Literal["standalone", "sentinel", "cluster"] = Field(
        default="standalone",
        description="cluster: redis_url names any node; sentinel: the primary is found "
        "through redis_sentinels under redis_sentinel_service",
    )
    redis_sentinels: str = Field(default="", description="host:port,host:port,... (sentinel)")
    redis_sentinel_service: str = Field(default="mymaster", description="the primary's name")
    redis_sentinel_password: SecretStr | None = Field(
        default=None, description="AUTH for the Sentinels themselves (if they require it)"
    )
    redis_tls: bool = Field(default=False, description="TLS to Redis (implied by rediss://)")
    redis_tls_ca: Path | None = Field(default=None, description="CA bundle for Redis TLS")
    partitions: int = Field(
        default=1, ge=1, le=1024, description="MESH_PARTITIONS: partitions of every stream"
    )
    worker_partitions: str = Field(
        default="", description="partitions this process reads, e.g. '0-3,7' (empty: all)"
    )
    consumer_name: str = Field(default_factory=_default_consumer)
    metrics_port: int = Field(default=9000, ge=0, le=65535, description="0 picks a free port")
    metrics_host: str = "0.0.0.0"
    log_level: str = "INFO"
    log_json: bool = True
    drain_deadline_s: float = Field(default=20.0, gt=0)
    spec: Path | None = Field(default=None, description="path of this process's AgentSpec YAML")
    spec_dir: Path | None = Field(default=None, description="directory of AgentSpec YAML files")
    otel_exporter: str = Field(default="none", pattern="^(none|console|otlp)$")
    data_dir: Path = Path(".mesh")


def redis_url_for_log(url: str) -> str:
    """The URL with its password (``user:pw@`` or ``?password=``) replaced, safe to print."""
    return redact(url)
