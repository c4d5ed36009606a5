package org.planpress.model;

import org.planpress.period.PeriodParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanTest {

    private static Stage stage(String name, String period, Integer year) throws ModelException {
        return new Stage(name, PeriodParser.parse(period, year), null);
    }

    @Test
    void stagesFlattenAllTimelinesInOrder() throws ModelException {
        Timeline first = new Timeline("a", List.of(stage("One", "June", null), stage("Two", "July", null)));
        Timeline second = new Timeline("b", List.of(stage("Three", "August", null)));
        Plan plan = new Plan("p", "Plan", null, null, null, "en", null, List.of(), List.of(first, second), List.of());
        assertEquals(List.of("One", "Two", "Three"), plan.stages().stream().map(Stage::name).toList());
    }

    @Test
    void yearStatedByThePlanOrByAStage() throws ModelException {
        Timeline noYear = new Timeline(null, List.of(stage("One", "June", null)));
        Timeline withYear = new Timeline(null, List.of(stage("One", "June 2011", null)));
        assertFalse(new Plan("p", "t", null, null, null, null, null, null, List.of(noYear), null).yearStated());
        assertTrue(new Plan("p", "t", null, 2011, null, null, null, null, List.of(noYear), null).yearStated());
        assertTrue(new Plan("p", "t", null, null, null, null, null, null, List.of(withYear), null).yearStated());
        assertFalse(new Plan("p", "t", null, null, null, null, null, null, null, null).yearStated());
    }

    @Test
    void listsAreCopiedAndImmutable() throws ModelException {
        List<Timeline> timelines = new ArrayList<>(List.of(new Timeline(null, List.of(stage("One", "June", null)))));
        Plan plan = new Plan("p", "t", null, null, null, null, null, null, timelines, null);
        timelines.clear();
        assertEquals(1, plan.timelines().size());
        assertEquals(List.of(), plan.rosters());
        assertEquals(List.of(), plan.sections());
        assertThrows(UnsupportedOperationException.class, () -> plan.timelines().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.stages().clear());
    }

    @Test
    void recordsCopyTheirLists() {
        List<Person> people = new ArrayList<>(List.of(new Person("A", null)));
        Role role = new Role("Members", RoleKind.MEMBER, people);
        people.add(new Person("B", null));
        assertEquals(1, role.people().size());
        List<Role> roles = new ArrayList<>(List.of(role));
        Roster roster = new Roster(null, roles);
        roles.clear();
        assertEquals(List.of(role), roster.roles());
        assertThrows(NullPointerException.class, () -> new Role("Members", RoleKind.MEMBER, List.of(new Person("A", null), null)));
        assertThrows(NullPointerException.class, () -> new Person(null, "Director"));
        assertThrows(NullPointerException.class, () -> new Stage("x", null, null));
    }
}
