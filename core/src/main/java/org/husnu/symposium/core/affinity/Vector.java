package org.husnu.symposium.core.affinity;

/**
 * A unit-length term vector: term numbers in ascending order with their weights, and for
 * a submission the display form of each term.
 */
record Vector(int[] indexes, double[] weights, String[] displays) {

	int size() {
		return this.indexes.length;
	}

	String display(int i) {
		return (this.displays != null) ? this.displays[i] : null;
	}

}
