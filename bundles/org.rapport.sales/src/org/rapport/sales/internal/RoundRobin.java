package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;

/** Takes turns in the team's order, starting with whoever's turn it was when the last hand-out stopped. */
public class RoundRobin implements AssignmentStrategy {

	@Override
	public List<String> assign(List<Lead> leads, Team team) {
		List<String> owners = new ArrayList<>();
		for (int i = 0; i < leads.size(); i++) {
			owners.add(team.people().get((team.next() + i) % team.people().size()));
		}
		return owners;
	}
}
