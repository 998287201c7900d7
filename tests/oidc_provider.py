"""A small OpenID Connect provider for tests, on 127.0.0.1: discovery, authorize, token, JWKS and userinfo.

It approves every sign-in at once (as the user the test chose with `sign_in_as`) and is strict about
everything else a real provider checks: the client id and secret, the registered redirect_uri, response_type
"code", the scope "openid", a state and a nonce, and PKCE (S256) when the client sent a code challenge. The
id_token is RS256-signed with a key made per provider, carries the client's nonce and audience, and
the JWKS serves the public half. Refusals are recorded in `refusals`, so a test can say why a sign-in failed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

CODE_SECONDS = 60
TOKEN_SECONDS = 300


def b64url(data: bytes) -> str:
    """Return data in base64url without padding (as JOSE writes it)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _uint(number: int) -> str:
    return b64url(number.to_bytes((number.bit_length() + 7) // 8, "big"))


@dataclass
class _Grant:
    client_id: str
    redirect_uri: str
    nonce: str
    claims: dict[str, Any]
    challenge: str | None
    challenge_method: str | None
    issued: float


@dataclass
class OIDCProvider:
    """The provider's settings and what it saw; start it with `running_provider`."""

    client_id: str
    client_secret: str
    redirect_uri: str
    issuer: str = ""
    user: dict[str, Any] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    token_requests: int = 0
    _grants: dict[str, _Grant] = field(default_factory=dict)
    _tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = secrets.token_hex(8)

    @property
    def metadata_url(self) -> str:
        """Return the discovery document's address (the server_metadata_url of Streamlit's [auth])."""
        return f"{self.issuer}/.well-known/openid-configuration"

    def sign_in_as(self, email: str, **claims: Any) -> None:
        """Make the next sign-ins be this user (the provider approves at once, as a signed-in user would)."""
        self.user = {
            "sub": "sub-" + hashlib.sha256(email.encode()).hexdigest()[:16],
            "email": email,
            **claims,
        }

    # -- what the endpoints answer

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
            "claims_supported": ["sub", "email", "name", "groups"],
        }

    def jwks(self) -> dict[str, Any]:
        numbers = self._key.public_key().public_numbers()
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "use": "sig",
                    "alg": "RS256",
                    "kid": self.kid,
                    "n": _uint(numbers.n),
                    "e": _uint(numbers.e),
                }
            ]
        }

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        """Return (status, headers, body) for an authorization request: a redirect with a code, or a refusal."""
        self.authorize_requests.append(dict(query))
        problem = None
        if query.get("client_id") != self.client_id:
            problem = "unknown client_id"
        elif query.get("redirect_uri") != self.redirect_uri:
            problem = f"redirect_uri {query.get('redirect_uri')!r} is not the registered one"
        elif query.get("response_type") != "code":
            problem = "response_type is not code"
        elif "openid" not in (query.get("scope") or "").split():
            problem = "scope lacks openid"
        elif not query.get("state"):
            problem = "no state"
        elif not query.get("nonce"):
            problem = "no nonce"
        elif query.get("code_challenge") and query.get("code_challenge_method") != "S256":
            problem = "code_challenge_method is not S256"
        elif not self.user:
            problem = "the test chose no user"
        if problem:
            # A wrong client or redirect_uri must never be redirected to (RFC 6749 4.1.2.1): answer here.
            return self._refuse(problem)
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._grants[code] = _Grant(
                client_id=query["client_id"],
                redirect_uri=query["redirect_uri"],
                nonce=query["nonce"],
                claims=dict(self.user),
                challenge=query.get("code_challenge"),
                challenge_method=query.get("code_challenge_method"),
                issued=time.time(),
            )
        location = f"{self.redirect_uri}?{urlencode({'code': code, 'state': query['state']})}"
        return 302, {"Location": location}, None

    def token(self, form: dict[str, str], authorization: str | None) -> tuple[int, dict[str, str], Any]:
        """Return (status, headers, body) for a token request: tokens with a signed id_token, or an error."""
        self.token_requests += 1
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        if authorization and authorization.startswith("Basic "):
            decoded = base64.b64decode(authorization[6:]).decode("utf-8")
            client_id, _, client_secret = decoded.partition(":")
        if client_id != self.client_id or client_secret != self.client_secret:
            return self._error(401, "invalid_client", "wrong client id or secret")
        if form.get("grant_type") != "authorization_code":
            return self._error(400, "unsupported_grant_type", "grant_type is not authorization_code")
        with self._lock:
            grant = self._grants.pop(form.get("code", ""), None)  # a code is used once
        if grant is None or time.time() - grant.issued > CODE_SECONDS:
            return self._error(400, "invalid_grant", "unknown, used or expired code")
        if grant.client_id != client_id or form.get("redirect_uri") != grant.redirect_uri:
            return self._error(400, "invalid_grant", "redirect_uri differs from the authorization request")
        if grant.challenge is not None:
            verifier = form.get("code_verifier") or ""
            if b64url(hashlib.sha256(verifier.encode("ascii")).digest()) != grant.challenge:
                return self._error(400, "invalid_grant", "PKCE code_verifier does not match the challenge")
        elif form.get("code_verifier"):
            return self._error(400, "invalid_request", "code_verifier without a code_challenge")
        now = int(time.time())
        access_token = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[access_token] = dict(grant.claims)
        id_token = self._sign(
            {
                **grant.claims,
                "iss": self.issuer,
                "aud": client_id,
                "iat": now,
                "exp": now + TOKEN_SECONDS,
                "auth_time": now,
                "nonce": grant.nonce,
            }
        )
        body = {
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": TOKEN_SECONDS,
            "id_token": id_token,
            "scope": "openid email profile",
        }
        return 200, {"Cache-Control": "no-store"}, body

    def userinfo(self, authorization: str | None) -> tuple[int, dict[str, str], Any]:
        token = (authorization or "")[7:] if (authorization or "").startswith("Bearer ") else ""
        claims = self._tokens.get(token)
        if claims is None:
            return self._error(401, "invalid_token", "unknown access token")
        return 200, {}, claims

    def _sign(self, claims: dict[str, Any]) -> str:
        header = {"alg": "RS256", "typ": "JWT", "kid": self.kid}
        signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
        signature = self._key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input}.{b64url(signature)}"

    def _refuse(self, problem: str) -> tuple[int, dict[str, str], Any]:
        self.refusals.append(problem)
        return 400, {"Content-Type": "text/plain"}, f"Refused: {problem}"

    def _error(self, status: int, error: str, description: str) -> tuple[int, dict[str, str], Any]:
        self.refusals.append(description)
        return status, {}, {"error": error, "error_description": description}


def _handler(provider: OIDCProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            return  # quiet: the test's output is for the test

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            if parts.path == "/.well-known/openid-configuration":
                self._answer(200, {}, provider.discovery())
            elif parts.path == "/jwks":
                self._answer(200, {}, provider.jwks())
            elif parts.path == "/authorize":
                self._answer(*provider.authorize(query))
            elif parts.path == "/userinfo":
                self._answer(*provider.userinfo(self.headers.get("Authorization")))
            else:
                self._answer(404, {"Content-Type": "text/plain"}, "Not found")

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            if urlsplit(self.path).path != "/token":
                self._answer(404, {"Content-Type": "text/plain"}, "Not found")
                return
            form = {k: v[0] for k, v in parse_qs(body).items()}
            self._answer(*provider.token(form, self.headers.get("Authorization")))

        def _answer(self, status: int, headers: dict[str, str], body: Any) -> None:
            if body is None:
                data = b""
            elif isinstance(body, str):
                data = body.encode("utf-8")
            else:
                data = json.dumps(body).encode("utf-8")
                headers = {"Content-Type": "application/json", **headers}
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


class running_provider:  # noqa: N801 - used as a context manager, like open()
    """Start an OIDCProvider on 127.0.0.1 (a free port) in a thread; stop it when the block ends."""

    def __init__(self, client_id: str, client_secret: str, redirect_uri: str):
        self.provider = OIDCProvider(client_id, client_secret, redirect_uri)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> OIDCProvider:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.provider))
        self._server.daemon_threads = True
        self.provider.issuer = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="oidc-provider", daemon=True)
        self._thread.start()
        return self.provider

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
