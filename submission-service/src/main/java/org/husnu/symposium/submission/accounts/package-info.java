/**
 * Accounts, owned by this service: first login creates them, people complete their
 * profile and manage their personal API tokens, bootstrap chairs exist from the start.
 */
package org.husnu.symposium.submission.accounts;
