package dev.milepost.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.util.HashSet;
import java.util.Set;

import dev.milepost.security.User;
import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A program: several projects that together serve one strategic objective.
 */
@Entity
@Table(name = "programs")
@Audited
public class Program extends AbstractEntity {

	@Column(name = "program_key", nullable = false, length = 10)
	private String key;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(length = 4000)
	private String description;

	@Column(length = 500)
	private String objective;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private ProgramStatus status = ProgramStatus.PROPOSED;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id", nullable = false)
	private User owner;

	/** Further users who may edit the program and everything in it. */
	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "program_editors", joinColumns = @JoinColumn(name = "program_id"),
			inverseJoinColumns = @JoinColumn(name = "user_id"))
	private Set<User> editors = new HashSet<>();

	private LocalDate startDate;

	private LocalDate targetEndDate;

	@Column(precision = 15, scale = 2)
	private BigDecimal budgetPlanned;

	@Column(nullable = false, length = 3)
	private String budgetCurrency = "USD";

	@Column(nullable = false)
	private boolean archived;

	protected Program() {
	}

	public Program(String key, String name, User owner) {
		this.key = key;
		this.name = name;
		this.owner = owner;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public ProgramStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProgramStatus status) {
		this.status = status;
	}

	public User getOwner() {
		return this.owner;
	}

	public void setOwner(User owner) {
		this.owner = owner;
	}

	public Set<User> getEditors() {
		return this.editors;
	}

	public void setEditors(Set<User> editors) {
		this.editors.clear();
		this.editors.addAll(editors);
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getTargetEndDate() {
		return this.targetEndDate;
	}

	public void setTargetEndDate(LocalDate targetEndDate) {
		this.targetEndDate = targetEndDate;
	}

	public BigDecimal getBudgetPlanned() {
		return this.budgetPlanned;
	}

	public void setBudgetPlanned(BigDecimal budgetPlanned) {
		this.budgetPlanned = budgetPlanned;
	}

	public String getBudgetCurrency() {
		return this.budgetCurrency;
	}

	public void setBudgetCurrency(String budgetCurrency) {
		this.budgetCurrency = budgetCurrency;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	/** "PAY · Payments modernisation", for select boxes and headings. */
	public String getLabel() {
		return this.key + " · " + this.name;
	}

}
