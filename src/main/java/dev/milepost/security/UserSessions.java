package dev.milepost.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signs a user out everywhere: their sessions in the shared session store and their
 * "remember me" tokens. A session keeps the roles it was created with, so this is what
 * makes disabling an account, taking a role away or resetting a password take effect at
 * once on every instance.
 */
@Component
class UserSessions {

	private static final Logger logger = LoggerFactory.getLogger(UserSessions.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final PersistentTokenRepository rememberMeTokens;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			PersistentTokenRepository rememberMeTokens) {
		this.sessions = sessions;
		this.rememberMeTokens = rememberMeTokens;
	}

	/**
	 * Ends the user's sessions and tokens. Within a transaction the tokens go with it and
	 * the sessions (which the session store deletes in a transaction of its own) once it
	 * has committed, so a change that is rolled back signs nobody out.
	 */
	void endAll(String username) {
		this.rememberMeTokens.removeUserTokens(username);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endSessions(username);
				}
			});
		}
		else {
			endSessions(username);
		}
	}

	private void endSessions(String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		int ended = 0;
		if (repository != null) {
			for (String id : repository.findByPrincipalName(username).keySet()) {
				repository.deleteById(id);
				ended++;
			}
		}
		logger.info("Signed '{}' out everywhere ({} session(s))", username, ended);
	}

}
