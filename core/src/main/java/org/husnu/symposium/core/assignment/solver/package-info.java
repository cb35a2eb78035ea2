/**
 * A general minimum-cost flow solver (network simplex) that certifies its own optimality,
 * and a reader for DIMACS min-cost-flow files; no dependencies, so a third party can use
 * it as a plain library.
 */
package org.husnu.symposium.core.assignment.solver;
