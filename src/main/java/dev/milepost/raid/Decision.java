package dev.milepost.raid;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.milepost.stakeholder.Stakeholder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An entry of the decision log: needed (asked of a stakeholder, by a date), decided (on a
 * date, with the decision and its rationale) or superseded by a later decision that
 * points at it. It names the risks, issues and milestones it affects, by id.
 */
@Entity
@Table(name = "decisions")
@Audited
public class Decision extends RegisterEntry {

	@Column(length = 4000)
	private String context;

	@Column(length = 4000)
	private String optionsConsidered;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private DecisionStatus status = DecisionStatus.NEEDED;

	private LocalDate neededBy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "decider_id")
	private Stakeholder decider;

	private LocalDate decidedOn;

	@Column(length = 4000)
	private String decision;

	@Column(length = 4000)
	private String rationale;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "supersedes_id")
	private Decision supersedes;

	@ElementCollection
	@CollectionTable(name = "decision_risks", joinColumns = @JoinColumn(name = "decision_id"))
	@Column(name = "risk_id", nullable = false)
	private Set<Long> riskIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "decision_issues", joinColumns = @JoinColumn(name = "decision_id"))
	@Column(name = "issue_id", nullable = false)
	private Set<Long> issueIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "decision_milestones", joinColumns = @JoinColumn(name = "decision_id"))
	@Column(name = "milestone_id", nullable = false)
	private Set<Long> milestoneIds = new LinkedHashSet<>();

	protected Decision() {
	}

	public String getContext() {
		return this.context;
	}

	void setContext(String context) {
		this.context = context;
	}

	public String getOptionsConsidered() {
		return this.optionsConsidered;
	}

	void setOptionsConsidered(String optionsConsidered) {
		this.optionsConsidered = optionsConsidered;
	}

	public DecisionStatus getStatus() {
		return this.status;
	}

	void setStatus(DecisionStatus status) {
		this.status = status;
	}

	public LocalDate getNeededBy() {
		return this.neededBy;
	}

	void setNeededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
	}

	/**
	 * @return who is asked for the decision (when needed) or took it (when decided), or
	 * {@code null}
	 */
	public Stakeholder getDecider() {
		return this.decider;
	}

	void setDecider(Stakeholder decider) {
		this.decider = decider;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDecision() {
		return this.decision;
	}

	void setDecision(String decision) {
		this.decision = decision;
	}

	public String getRationale() {
		return this.rationale;
	}

	void setRationale(String rationale) {
		this.rationale = rationale;
	}

	/**
	 * @return the earlier decision this one replaces, or {@code null}
	 */
	public Decision getSupersedes() {
		return this.supersedes;
	}

	void setSupersedes(Decision supersedes) {
		this.supersedes = supersedes;
	}

	public Set<Long> getRiskIds() {
		return this.riskIds;
	}

	public Set<Long> getIssueIds() {
		return this.issueIds;
	}

	public Set<Long> getMilestoneIds() {
		return this.milestoneIds;
	}

	void link(Set<Long> riskIds, Set<Long> issueIds, Set<Long> milestoneIds) {
		this.riskIds.retainAll(riskIds);
		this.riskIds.addAll(riskIds);
		this.issueIds.retainAll(issueIds);
		this.issueIds.addAll(issueIds);
		this.milestoneIds.retainAll(milestoneIds);
		this.milestoneIds.addAll(milestoneIds);
	}

	/** Still needed and past its needed-by date. */
	public boolean isOverdue(LocalDate today) {
		return this.status == DecisionStatus.NEEDED && this.neededBy != null && this.neededBy.isBefore(today);
	}

}
