package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;

/** Each lead to whoever holds the fewest open leads at that moment (the team's order breaks ties). */
public class LeastBusy implements AssignmentStrategy {

	@Override
	public List<String> assign(List<Lead> leads, Team team) {
		Map<String, Integer> load = new HashMap<>();
		team.people().forEach(p -> load.put(p, team.openLeads().getOrDefault(p, 0)));
		List<String> owners = new ArrayList<>();
		for (int i = 0; i < leads.size(); i++) {
			String least = team.people().get(0);
			for (String p : team.people()) {
				if (load.get(p) < load.get(least)) {
					least = p;
				}
			}
			owners.add(least);
			load.merge(least, 1, Integer::sum);
		}
		return owners;
	}
}
