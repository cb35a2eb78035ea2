/**
 * Demo data of submission-service, active with the {@code demo} profile.
 */
package org.husnu.symposium.submission.demo;
