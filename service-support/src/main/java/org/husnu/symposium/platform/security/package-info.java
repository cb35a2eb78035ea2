/**
 * Who is asking: sessions shared by both services through MongoDB, personal API tokens,
 * CSRF, roles read fresh from the account on every request, and problem-detail answers
 * for 401 and 403.
 */
package org.husnu.symposium.platform.security;
