package io.milepost.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dependencies of a roadmap as a directed graph from predecessor to successor. Every walk is iterative, so a
 * chain of a hundred thousand items cannot overflow the stack.
 */
public final class DependencyGraph {

    private final Map<UUID, List<UUID>> successors = new HashMap<>();

    public DependencyGraph(Collection<Dependency> dependencies) {
        for (Dependency d : dependencies) {
            successors.computeIfAbsent(d.predecessorId(), k -> new ArrayList<>()).add(d.successorId());
        }
    }

    /**
     * Whether adding predecessor → successor would close a loop: true when the successor already leads, directly or
     * not, to the predecessor (or they are the same item).
     */
    public boolean wouldCreateCycle(UUID predecessor, UUID successor) {
        if (predecessor.equals(successor)) {
            return true;
        }
        Set<UUID> seen = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        todo.push(successor);
        while (!todo.isEmpty()) {
            UUID node = todo.pop();
            if (node.equals(predecessor)) {
                return true;
            }
            if (seen.add(node)) {
                for (UUID next : successors.getOrDefault(node, List.of())) {
                    todo.push(next);
                }
            }
        }
        return false;
    }

    /**
     * One cycle of the graph, as the items along it in order (the first item is not repeated at the end), or an empty
     * list when the graph has none.
     */
    public List<UUID> findCycle() {
        Map<UUID, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: finished
        for (UUID root : successors.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            // Each frame is a node and the iterator over its successors still to visit.
            Deque<Map.Entry<UUID, Iterator<UUID>>> path = new ArrayDeque<>();
            path.push(Map.entry(root, successors.getOrDefault(root, List.of()).iterator()));
            state.put(root, 1);
            while (!path.isEmpty()) {
                Map.Entry<UUID, Iterator<UUID>> top = path.peek();
                if (!top.getValue().hasNext()) {
                    state.put(top.getKey(), 2);
                    path.pop();
                    continue;
                }
                UUID next = top.getValue().next();
                Integer s = state.get(next);
                if (s == null) {
                    state.put(next, 1);
                    path.push(Map.entry(next, successors.getOrDefault(next, List.of()).iterator()));
                } else if (s == 1) {
                    return cycleEndingAt(path, next);
                }
            }
        }
        return List.of();
    }

    private static List<UUID> cycleEndingAt(Deque<Map.Entry<UUID, Iterator<UUID>>> path, UUID start) {
        List<UUID> cycle = new ArrayList<>();
        for (Map.Entry<UUID, Iterator<UUID>> frame : path) { // from the top of the stack down
            cycle.add(frame.getKey());
            if (frame.getKey().equals(start)) {
                break;
            }
        }
        Collections.reverse(cycle);
        return cycle;
    }
}
