package dev.triangulate.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameAliasesTest {

    @Test
    void spellingsOfOnePersonShareACanonicalName() {
        var a = new NameAliases(List.of("Andrey Karlov", "Andrei Karlov", "Andrey G. Karlov", "Karlov", "Andrey Karlov",
                "Malijah Grant", "Malijha Grant", "Malijah Grant"));
        assertThat(a.canonical("Andrei Karlov")).isEqualTo("Andrey Karlov");
        assertThat(a.canonical("Karlov")).isEqualTo("Andrey Karlov");
        assertThat(a.canonical("Malijha Grant")).as("two letters swapped").isEqualTo("Malijah Grant");
    }

    @Test
    void aFirstNameJoinsAFullNameWhoseSurnameIsAlsoWrittenAlone() {
        var a = new NameAliases(List.of("Tovin Marsh", "Marsh", "Tovin"));
        assertThat(a.canonical("Tovin")).isEqualTo("Tovin Marsh");
        assertThat(a.canonical("Marsh")).isEqualTo("Tovin Marsh");
    }

    @Test
    void aShortFirstNameIsTheSamePerson() {
        var a = new NameAliases(List.of("Christopher Fenn", "Christopher Fenn", "Chris Fenn", "Jo Fenn"));
        assertThat(a.canonical("Chris Fenn")).isEqualTo("Christopher Fenn");
        assertThat(a.canonical("Jo Fenn")).as("two letters are too few").isEqualTo("Jo Fenn");
    }

    @Test
    void aLoneSurnameJoinsTheVictimElseOneNobodyQuotes() {
        var names = List.of("Radwa Osman", "Nora Osman", "Osman", "Gregory Cooper", "Joshua Cooper", "Cooper");
        var a = new NameAliases(names, Set.of("Nora Osman", "Osman", "Cooper"), Set.of("Radwa Osman", "Gregory Cooper"));
        assertThat(a.canonical("Osman")).as("the victim, not her sister").isEqualTo("Nora Osman");
        assertThat(a.canonical("Cooper")).as("not the brother who speaks").isEqualTo("Joshua Cooper");
        assertThat(new NameAliases(names).canonical("Cooper")).as("without roles: the first").isEqualTo("Gregory Cooper");
    }

    @Test
    void relativesAreDifferentPeople() {
        var a = new NameAliases(List.of("Kelly Boren", "Joshua Boren", "Haley Boren"));
        assertThat(a.canonical("Kelly Boren")).isEqualTo("Kelly Boren");
        assertThat(a.canonical("Haley Boren")).isEqualTo("Haley Boren");
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertThat(NameAliases.editDistance("malijah", "malijha")).isEqualTo(1);
        assertThat(NameAliases.editDistance("andrey", "andrei")).isEqualTo(1);
        assertThat(NameAliases.editDistance("kelly", "haley")).isGreaterThan(1);
    }

    @Test
    void aNameWithoutTheFirstOfALongerOneOrWithAGenerationIsTheSamePerson() {
        var a = new NameAliases(List.of("Kelsey Nicole Brady", "Nicole Brady", "Emilio \"Milo\" Flores", "Milo Flores",
                "Nicholas Cardell III", "Nicholas Cardell", "Nicholas Cardell"));
        assertThat(a.canonical("Nicole Brady")).isEqualTo("Kelsey Nicole Brady");
        assertThat(a.canonical("Milo Flores")).isEqualTo("Emilio \"Milo\" Flores");
        assertThat(a.canonical("Nicholas Cardell III")).isEqualTo("Nicholas Cardell");
        assertThat(new NameAliases(List.of("Nicole Brady", "Kelsey Brady")).canonical("Nicole Brady")).as("sisters").isEqualTo("Nicole Brady");
    }

    @Test
    void aTitleIsNoFirstName() {
        var a = new NameAliases(List.of("Niles Young", "Mr. Young", "Mr. Young", "Mr. Young", "Ms. Daugherty"));
        assertThat(a.canonical("Mr. Young")).isEqualTo("Niles Young");
        assertThat(a.canonical("Ms. Daugherty")).isEqualTo("Ms. Daugherty");
    }
}
