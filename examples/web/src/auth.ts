// Sign-in with the realm: authorization code with PKCE (oidc-client-ts), tokens kept in session storage only.
import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import { config } from "./config";

const manager = new UserManager({
  authority: config.authority,
  client_id: config.clientId,
  redirect_uri: `${window.location.origin}/`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  response_type: "code",
  scope: "openid profile",
  automaticSilentRenew: false,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

let current: User | null = null;

/** Finishes a sign-in when the provider sent us back (?code=...&state=...), else loads the stored session. */
export async function restore(): Promise<User | null> {
  const params = new URLSearchParams(window.location.search);
  if (params.has("code") && params.has("state")) {
    current = await manager.signinRedirectCallback();
    const target = typeof current.state === "string" ? current.state : "#/";
    window.history.replaceState({}, "", `/${target}`);
  } else {
    current = await manager.getUser();
  }
  if (current?.expired) {
    current = null;
  }
  return current;
}

export function signIn(): Promise<void> {
  return manager.signinRedirect({ state: window.location.hash || "#/" });
}

export async function signOut(): Promise<void> {
  await manager.removeUser();
  current = null;
  await manager.signoutRedirect().catch(() => window.location.assign("/"));
}

/** The access token for the API, or undefined when signed out or expired. */
export function accessToken(): string | undefined {
  return current && !current.expired ? current.access_token : undefined;
}

export function userName(): string | undefined {
  return current?.profile.preferred_username ?? current?.profile.sub;
}
