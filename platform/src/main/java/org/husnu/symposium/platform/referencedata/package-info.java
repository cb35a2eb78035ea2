/**
 * Seeding and the public API of reference data (topic areas, institutions).
 */
package org.husnu.symposium.platform.referencedata;
