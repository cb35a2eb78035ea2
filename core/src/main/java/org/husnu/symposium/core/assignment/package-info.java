/**
 * Assignments of reviewers to abstracts.
 */
package org.husnu.symposium.core.assignment;
