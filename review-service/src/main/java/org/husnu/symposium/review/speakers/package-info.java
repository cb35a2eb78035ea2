/**
 * Speaker confirmation: chairs invite the presenters of the talks in the working program
 * by mail, each presenter confirms or declines their slot through a link without logging
 * in, and chairs follow the answers and remind.
 */
package org.husnu.symposium.review.speakers;
