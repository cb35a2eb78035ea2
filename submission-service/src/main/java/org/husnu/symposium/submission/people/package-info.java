/**
 * What chairs do with people: the pre-registration list (CSV import, by hand), roles, and
 * verified institution domains.
 */
package org.husnu.symposium.submission.people;
