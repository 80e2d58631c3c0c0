// Logs in to the catalog's Swagger UI through Keycloak (authorization code + PKCE) as alice, in headless Chromium,
// and calls GET /api/v1/clusters from Swagger UI. Needs ./run.sh running and Debian's chromium installed.
// Run: cd tools/swagger-login-check && npm ci && node check.js   (screenshots: /tmp/swagger-*.png)
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  await page.goto('http://localhost:8081/q/swagger-ui/', { waitUntil: 'networkidle' });
  await page.click('button.authorize');
  await page.waitForSelector('.auth-container');
  await page.screenshot({ path: '/tmp/swagger-1-authorize.png' });
  // the OAuth 2 scheme offers one flow: authorization code with PKCE (client id prefilled), no password or implicit
  // flow; the second scheme is HTTP bearer (paste a token you already have)
  const containers = await page.$$('.auth-container');
  const dialog = await page.textContent('.modal-ux');
  console.log('schemes offered:', containers.length, /Authorization Code/i.test(dialog) ? '(authorization code)' : '');
  if (!/authorization ?code/i.test(dialog) || /password/i.test(dialog) || /implicit/i.test(dialog)) {
    throw new Error('the Authorize dialog must offer the authorization code flow only');
  }
  const popupPromise = page.waitForEvent('popup');
  const buttons = await page.$$('.auth-container:has-text("Authorization Code") .auth-btn-wrapper button.authorize');
  console.log('authorize buttons in dialog:', buttons.length);
  await buttons[0].click();
  const popup = await popupPromise;
  await popup.waitForLoadState();
  console.log('login page:', popup.url().split('?')[0]);
  await popup.fill('#username', 'alice');
  await popup.fill('#password', 'alice');
  await popup.click('#kc-login');
  await page.waitForTimeout(3000);
  await page.screenshot({ path: '/tmp/swagger-2-authorized.png' });
  const logout = await page.$$('.auth-container .auth-btn-wrapper button:has-text("Logout")');
  console.log('logged in (logout buttons):', logout.length);
  await page.click('.modal-ux .close-modal');
  // call GET /api/v1/clusters through Swagger UI
  await page.click('#operations-Clusters-listClusters .opblock-summary');
  await page.click('#operations-Clusters-listClusters button.try-out__btn');
  await page.click('#operations-Clusters-listClusters button.execute');
  await page.waitForSelector('#operations-Clusters-listClusters .live-responses-table tbody .response-col_status');
  const status = await page.textContent('#operations-Clusters-listClusters .live-responses-table tbody .response-col_status');
  console.log('GET /api/v1/clusters via Swagger UI:', status.trim());
  if (status.trim() !== '200' || logout.length === 0) {
    throw new Error('Swagger UI could not log in and call the API');
  }
  await page.screenshot({ path: '/tmp/swagger-3-call.png', fullPage: false });
  await browser.close();
})().catch(e => { console.error('FAILED', e.message); process.exit(1); });
