// A real OpenID provider for the single sign-on tests: one client, and accounts whose id is their
// address (the built-in login form takes any login and password). Arguments: port, redirect URI.
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [{
    client_id: 'participation',
    client_secret: 'test-geheimnis',
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  pkce: { required: () => true },
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, email: id, email_verified: !id.startsWith('unverified'), name: `SSO ${id}` }),
  }),
});
provider.listen(Number(port), '127.0.0.1', () => console.log(`listening ${issuer}`));
