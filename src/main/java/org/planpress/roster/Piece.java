package org.planpress.roster;

/**
 * One piece of a roster item, as {@link HanReader} and {@link LatinReader} read it and {@link PeopleReader}
 * pairs it.
 *
 * @param kind what the piece is
 * @param text the name, post, group or parenthesised text
 * @param position the post of a {@link Kind#PERSON} read together with its name; else null
 * @param positionFirst whether that post was written before the name (副县长王某某)
 */
record Piece(Kind kind, String text, String position, boolean positionFirst) {

    /** What a piece is. */
    enum Kind {
        /** A name: 张三, Wang Jinxuan. */
        NAME,
        /** A post or unit without a name: 副县长, Project Manager, 县教育局; a person's post when beside a name. */
        POST,
        /** A group of people: 各部门负责人, all team leaders. */
        GROUP,
        /** A name and its post read together: 副县长王某某. */
        PERSON,
        /** Text in parentheses: a position. */
        PAREN,
        /** A conjunction between people: 和, and. */
        CONJ
    }

    static Piece of(Kind kind, String text) {
        return new Piece(kind, text, null, false);
    }

    /** A name read together with its post. */
    static Piece person(String name, String position, boolean positionFirst) {
        return new Piece(Kind.PERSON, name, position, positionFirst);
    }
}
