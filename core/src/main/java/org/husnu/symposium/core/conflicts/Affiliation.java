package org.husnu.symposium.core.conflicts;

import java.util.Set;

/**
 * An affiliation as {@link Affiliations#parse} reads it: the institutions it names and
 * its units (department, lab, school), each in canonical form, the order of the
 * comma-separated parts forgotten.
 *
 * @param institutions canonical institution names, e.g. {@code seoul national university
 * hospital}
 * @param units the other parts, each its sorted canonical words, e.g.
 * {@code anesthesiology}
 */
public record Affiliation(Set<String> institutions, Set<String> units) {

	public Affiliation {
		institutions = Set.copyOf(institutions);
		units = Set.copyOf(units);
	}

	/**
	 * Whether two affiliations name the same department or lab: both name a unit, the
	 * units of one are all units of the other ("Dept. of Surgery" within "Dept. of
	 * Surgery, Graduate School of Medicine"), and when both name an institution they
	 * share one. A university hospital and its university are different institutions
	 * here. The institution codes of the accounts are compared by the caller.
	 * @param other the other affiliation
	 * @return {@code true} when they are the same department or lab
	 */
	public boolean sameDepartmentAs(Affiliation other) {
		if (this.units.isEmpty() || other.units.isEmpty()) {
			return false;
		}
		if (!this.institutions.isEmpty() && !other.institutions.isEmpty()
				&& this.institutions.stream().noneMatch(other.institutions::contains)) {
			return false;
		}
		return this.units.containsAll(other.units) || other.units.containsAll(this.units);
	}

}
