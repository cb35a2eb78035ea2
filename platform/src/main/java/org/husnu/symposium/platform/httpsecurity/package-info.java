/**
 * The HTTP security of both services: sessions shared through MongoDB, personal API
 * tokens, CSRF, roles read fresh from the account on every request, login links and
 * logout, and problem-detail answers for 401 and 403. It wires the features together
 * (accounts, login, audit), so none of them depends on it.
 */
package org.husnu.symposium.platform.httpsecurity;
