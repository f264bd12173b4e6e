package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;

/**
 * Each lead to the team member who covers its region (the territory rules); a lead of a region nobody in the team
 * covers goes to the least busy member.
 */
public class Territories implements AssignmentStrategy {

	@Override
	public List<String> assign(List<Lead> leads, Team team) {
		Map<String, Integer> load = LeastBusy.load(team);
		List<String> owners = new ArrayList<>();
		for (Lead lead : leads) {
			String covering = team.territories().get(Team.regionKey(lead.region()));
			if (covering != null && team.people().contains(covering)) {
				owners.add(covering);
				load.merge(covering, 1, Integer::sum);
			} else {
				owners.add(LeastBusy.take(team, load));
			}
		}
		return owners;
	}
}
