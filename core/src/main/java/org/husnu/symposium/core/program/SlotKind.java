package org.husnu.symposium.core.program;

/**
 * A slot holds a talk or a break.
 */
public enum SlotKind {

	TALK, BREAK

}
