/**
 * The landing page of submission-service.
 */
package org.husnu.symposium.submission.home;
