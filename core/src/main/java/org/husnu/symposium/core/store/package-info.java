/**
 * Collection names, their single writing service, indexes and the seeding of reference
 * data.
 */
package org.husnu.symposium.core.store;
