package dev.milepost.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a refused start-up because of the first administrator's settings as a short
 * "APPLICATION FAILED TO START" description and action instead of a bare stack trace.
 */
class FirstAdminFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdminException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdminException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
