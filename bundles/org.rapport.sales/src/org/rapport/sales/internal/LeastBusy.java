package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;

/**
 * Each lead to whoever has the least work at that moment: open leads plus open opportunities (the team's order
 * breaks ties).
 */
public class LeastBusy implements AssignmentStrategy {

	@Override
	public List<String> assign(List<Lead> leads, Team team) {
		Map<String, Integer> load = load(team);
		List<String> owners = new ArrayList<>();
		for (int i = 0; i < leads.size(); i++) {
			owners.add(take(team, load));
		}
		return owners;
	}

	static Map<String, Integer> load(Team team) {
		Map<String, Integer> load = new HashMap<>();
		team.people().forEach(p -> load.put(p, team.openLeads().getOrDefault(p, 0)));
		return load;
	}

	/** The least busy person, who now has one more. */
	static String take(Team team, Map<String, Integer> load) {
		String least = team.people().get(0);
		for (String p : team.people()) {
			if (load.get(p) < load.get(least)) {
				least = p;
			}
		}
		load.merge(least, 1, Integer::sum);
		return least;
	}
}
