/**
 * The audit log: who did what, when, for logins, accounts, roles and imports.
 */
package org.husnu.symposium.core.audit;
