/**
 * Reading accounts and eligibility, and {@code GET /api/me}: what both services need to
 * know about the person asking.
 */
package org.husnu.symposium.platform.accounts;
