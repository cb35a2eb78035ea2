/**
 * Conflicts of interest between reviewers and abstracts, declared or computed.
 */
package org.husnu.symposium.core.conflicts;
