/**
 * The event settings chairs change while the call runs: deadlines and grace, limits,
 * blind review, the institution policy and the reviewers per abstract.
 */
package org.husnu.symposium.submission.settings;
