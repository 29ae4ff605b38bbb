package dev.milepost.portfolio;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MilestoneDateChangeRepository extends JpaRepository<MilestoneDateChange, Long> {

	@Query("select c from MilestoneDateChange c where c.milestone.id = :milestoneId order by c.changedAt desc, c.id desc")
	List<MilestoneDateChange> findByMilestoneNewestFirst(Long milestoneId);

	long countByMilestoneId(Long milestoneId);

	@Modifying
	@Query("delete from MilestoneDateChange c where c.milestone.id = :milestoneId")
	void deleteByMilestoneId(Long milestoneId);

}
