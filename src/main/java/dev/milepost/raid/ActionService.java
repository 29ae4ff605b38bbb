package dev.milepost.raid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.milepost.security.User;
import dev.milepost.stakeholder.Stakeholder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions: list, read, create, edit, archive and restore.
 */
@Service
@Transactional(readOnly = true)
public class ActionService {

	private final ActionRepository actions;

	private final Resolver resolver;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActionService(ActionRepository actions, Resolver resolver, JdbcClient jdbc, Clock clock) {
		this.actions = actions;
		this.resolver = resolver;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A page of actions with program, project and owner: page and count. */
	public Page<Action> search(RaidCriteria criteria, Pageable pageable) {
		return this.actions.findAll(RaidSpecifications.actions(criteria, today()), pageable);
	}

	/**
	 * @throws RaidNotFoundException when there is no such action
	 */
	public Action get(Long id) {
		return this.actions.findWithAllById(id).orElseThrow(() -> new RaidNotFoundException("Action", id));
	}

	/** The title (or, for a report, the ISO week) of what the action is linked to. */
	public Optional<String> linkLabel(ActionLink link) {
		if (link == null) {
			return Optional.empty();
		}
		String sql = switch (link.kind()) {
			case ISSUE -> "select title from issues where id = :id";
			case DECISION -> "select title from decisions where id = :id";
			case RISK -> "select title from risks where id = :id";
			case REPORT -> "select iso_week from status_reports where id = :id";
		};
		return this.jdbc.sql(sql).param("id", link.id()).query(String.class).optional();
	}

	public List<RaidRuleViolation> check(ActionDetails details) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		resolve(details, violations);
		return violations;
	}

	@Transactional
	public Action create(ActionDetails details) {
		Action action = new Action();
		apply(details, action);
		return this.actions.saveAndFlush(action);
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when the stored version differs
	 * @throws RaidRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public Action update(Long id, long version, ActionDetails details) {
		Action action = get(id);
		if (action.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Action.class, id);
		}
		apply(details, action);
		return this.actions.saveAndFlush(action);
	}

	@Transactional
	public Action archive(Long id, boolean archived) {
		Action action = get(id);
		action.setArchived(archived);
		return action;
	}

	private void apply(ActionDetails details, Action action) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		Resolved resolved = resolve(details, violations);
		if (!violations.isEmpty()) {
			throw new RaidRulesException(violations);
		}
		ActionStatus status = Objects.requireNonNull(details.status(), "status");
		action.setProgram(resolved.scope().program());
		action.setProject(resolved.scope().project());
		action.setTitle(Objects.requireNonNull(details.title(), "title"));
		action.setDescription(details.description());
		action.setPriority(Objects.requireNonNull(details.priority(), "priority"));
		action.setOwner(resolved.user(), resolved.stakeholder());
		action.setDueDate(Objects.requireNonNull(details.dueDate(), "dueDate"));
		if (status != ActionStatus.OPEN && action.getStatus() == ActionStatus.OPEN) {
			action.setCompletedOn(today());
		}
		else if (status == ActionStatus.OPEN) {
			action.setCompletedOn(null);
		}
		action.setStatus(status);
		action.link(details.link());
	}

	private Resolved resolve(ActionDetails details, List<RaidRuleViolation> violations) {
		Resolver.Scope scope = this.resolver.scope(details.programId(), details.projectId(), violations);
		User user = this.resolver.user("ownerUserId", details.ownerUserId(), violations);
		Stakeholder stakeholder = this.resolver.stakeholder("ownerStakeholderId", details.ownerStakeholderId(),
				violations);
		if (details.ownerUserId() == null && details.ownerStakeholderId() == null) {
			violations.add(new RaidRuleViolation("ownerUserId", "action.owner.missing",
					"Choose who owns the action: a user or a stakeholder."));
		}
		else if (details.ownerUserId() != null && details.ownerStakeholderId() != null) {
			violations.add(new RaidRuleViolation("ownerStakeholderId", "action.owner.both",
					"Choose a user or a stakeholder as owner, not both."));
		}
		ActionLink link = details.link();
		if (link != null && details.programId() != null) {
			String sql = switch (link.kind()) {
				case ISSUE -> "select program_id from issues where id = :id";
				case DECISION -> "select program_id from decisions where id = :id";
				case RISK -> "select program_id from risks where id = :id";
				case REPORT -> "select program_id from status_reports where id = :id";
			};
			Optional<Long> program = this.jdbc.sql(sql).param("id", link.id()).query(Long.class).optional();
			if (program.isEmpty()) {
				violations.add(new RaidRuleViolation("linkId", "action.link.unknown", "There is no such record."));
			}
			else if (!program.get().equals(details.programId())) {
				violations.add(new RaidRuleViolation("linkId", "action.link.otherProgram",
						"Link only a record of the action's program."));
			}
		}
		return new Resolved(scope, user, stakeholder);
	}

	private record Resolved(Resolver.Scope scope, User user, Stakeholder stakeholder) {
	}

}
