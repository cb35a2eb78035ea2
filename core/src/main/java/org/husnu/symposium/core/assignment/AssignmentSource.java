package org.husnu.symposium.core.assignment;

/**
 * Whether the optimiser or a chair made an assignment; a rerun of the optimiser keeps
 * manual ones.
 */
public enum AssignmentSource {

	AUTOMATIC, MANUAL

}
