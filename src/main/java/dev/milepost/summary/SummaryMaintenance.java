package dev.milepost.summary;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import dev.milepost.healthrecord.HealthOverrideRecord;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.raid.Action;
import dev.milepost.raid.ChangeRequest;
import dev.milepost.raid.Decision;
import dev.milepost.raid.Issue;
import dev.milepost.risk.Risk;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the summaries right for changes made through the application, in the same
 * transaction: Hibernate tells which programs, projects, milestones, risks, register
 * entries and health overrides a transaction inserts, updates or deletes as it flushes
 * them, and just before the transaction commits (after a last flush, so that changes left
 * for the commit's own flush are seen too) the rows of the programs they belong to are
 * recomputed and written. The writer therefore never sees its own change missing, and
 * others see the change and the row together.
 *
 * <p>
 * The same synchronization moves the portfolio's version
 * ({@link ProgramSummaries#version()}) as the transaction's last statement when it wrote
 * any record or refreshed any summary.
 *
 * <p>
 * Every read-write transaction gets a synchronization when it begins (a
 * {@link TransactionExecutionListener}, which Boot adds to the transaction manager); the
 * flush and the refresh cost nothing when nothing tracked was written.
 */
@Component
class SummaryMaintenance implements TransactionExecutionListener, SmartInitializingSingleton, PostInsertEventListener,
		PostUpdateEventListener, PostDeleteEventListener {

	/** The records whose changes move a summary; each names its program or project. */
	private static final Set<Class<?>> TRACKED = Set.of(Program.class, Project.class, Milestone.class, Risk.class,
			Issue.class, Decision.class, Action.class, ChangeRequest.class, HealthOverrideRecord.class);

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	private final ObjectProvider<ProgramSummaries> summaries;

	private final ObjectProvider<SummaryComputer> computer;

	private final ObjectProvider<SummaryStore> store;

	private final HibernateJpaDialect dialect = new HibernateJpaDialect();

	SummaryMaintenance(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<ProgramSummaries> summaries, ObjectProvider<SummaryComputer> computer,
			ObjectProvider<SummaryStore> store) {
		this.entityManagerFactory = entityManagerFactory;
		this.summaries = summaries;
		this.computer = computer;
		this.store = store;
	}

	/**
	 * Marks the current transaction as one that moves the portfolio's version when it
	 * commits.
	 * @return whether it could (a read-write transaction this class follows); otherwise
	 * the caller moves the version itself
	 */
	static boolean changed() {
		Pending pending = TransactionSynchronizationManager.isSynchronizationActive() ? registered() : null;
		if (pending == null) {
			return false;
		}
		pending.changed = true;
		return true;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = this.entityManagerFactory.getObject()
			.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		if (beginFailure == null && !transaction.isReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			pending();
		}
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		track(event.getPersister(), event.getEntity(), event.getId(), event.getState(), null, event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		track(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getOldState(),
				event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		track(event.getPersister(), event.getEntity(), event.getId(), event.getDeletedState(), null,
				event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void track(EntityPersister persister, Object entity, Object id, Object @Nullable [] state,
			Object @Nullable [] oldState, SharedSessionContractImplementor session) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Pending pending = pending();
		// any record may be shown on the portfolio dashboard (an owner's name...)
		pending.changed = true;
		Class<?> type = persister.getMappedClass();
		if (!TRACKED.contains(type)) {
			return;
		}
		if (type == Program.class) {
			pending.programs.add((Long) id);
		}
		String[] names = persister.getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			for (Object @Nullable [] values : new Object[][] { state, oldState }) {
				if (values == null) {
					continue;
				}
				Long value = switch (names[i]) {
					case "program", "project" -> identifier(values[i], session);
					case "programId", "projectId" -> (Long) values[i];
					default -> null;
				};
				if (value != null) {
					(names[i].startsWith("program") ? pending.programs : pending.projects).add(value);
				}
			}
		}
	}

	private static @Nullable Long identifier(@Nullable Object reference, SharedSessionContractImplementor session) {
		if (reference == null) {
			return null;
		}
		if (reference instanceof HibernateProxy proxy) {
			return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		Object id = session.getContextEntityIdentifier(reference);
		if (id == null) {
			id = session.getFactory().getPersistenceUnitUtil().getIdentifier(reference);
		}
		return (Long) id;
	}

	/** This transaction's synchronization, registered on first use. */
	private Pending pending() {
		Pending pending = registered();
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	/** This transaction's synchronization, or {@code null} before its first use. */
	private static @Nullable Pending registered() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending) {
				return pending;
			}
		}
		return null;
	}

	/** What one transaction touched, refreshed before it commits. */
	private final class Pending implements TransactionSynchronization {

		final Set<Long> programs = new TreeSet<>();

		final Set<Long> projects = new TreeSet<>();

		/**
		 * A record was written, or summaries refreshed: the portfolio's version moves.
		 */
		boolean changed;

		@Override
		public void beforeCommit(boolean readOnly) {
			flushChanges();
			if (!this.programs.isEmpty() || !this.projects.isEmpty()) {
				Set<Long> ids = new TreeSet<>(this.programs);
				ids.addAll(programsOf(this.projects));
				this.programs.clear();
				this.projects.clear();
				SummaryMaintenance.this.summaries.getObject().refresh(ids);
			}
			if (this.changed) {
				this.changed = false;
				SummaryMaintenance.this.store.getObject().nextVersion();
			}
		}

		private Collection<Long> programsOf(Set<Long> projects) {
			return SummaryMaintenance.this.computer.getObject().programsOfProjects(projects);
		}

		/**
		 * Writes what the persistence context still holds, so that it is tracked and the
		 * summaries' SQL sees it; a failure is translated as the commit would.
		 */
		private void flushChanges() {
			EntityManagerFactory factory = SummaryMaintenance.this.entityManagerFactory.getObject();
			if (!TransactionSynchronizationManager.hasResource(factory)) {
				return;
			}
			EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
			if (entityManager == null) {
				return;
			}
			try {
				entityManager.flush();
			}
			catch (RuntimeException ex) {
				throw DataAccessUtils.translateIfNecessary(ex, SummaryMaintenance.this.dialect);
			}
		}

	}

}
