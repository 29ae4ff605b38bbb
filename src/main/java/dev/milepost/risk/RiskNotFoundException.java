package dev.milepost.risk;

import dev.milepost.shared.NotFoundException;

/**
 * No risk has the requested id; rendered as the 404 page.
 */
public class RiskNotFoundException extends NotFoundException {

	public RiskNotFoundException(Long id) {
		super("Risk", id);
	}

}
