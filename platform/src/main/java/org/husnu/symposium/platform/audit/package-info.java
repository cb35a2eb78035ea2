/**
 * Appending to and reading the audit log.
 */
package org.husnu.symposium.platform.audit;
