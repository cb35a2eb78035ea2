/**
 * The one place that answers "may this person see or change this record", so both
 * services apply the same rules.
 */
package org.husnu.symposium.core.access;
