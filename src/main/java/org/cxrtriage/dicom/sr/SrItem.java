package org.cxrtriage.dicom.sr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One content item of an SR tree. The root is a {@link Container} whose relationship is ignored.
 */
public sealed interface SrItem {
    Relationship relationship();

    /** Null only for IMAGE items in an image library, which carry no concept name. */
    CodedConcept concept();

    default Optional<CodedConcept> conceptName() {
        return Optional.ofNullable(concept());
    }

    /**
     * @param templateId the DCMR template this container follows ("" for none)
     */
    record Container(Relationship relationship, CodedConcept concept, String templateId, List<SrItem> children)
            implements SrItem {
        public Container {
            Objects.requireNonNull(concept, "a container needs a concept name");
            templateId = templateId == null ? "" : templateId;
            children = List.copyOf(children);
        }

        /** Children with this concept name, in order. */
        public List<SrItem> named(CodedConcept name) {
            return children.stream().filter(child -> name.sameCode(child.concept())).toList();
        }

        /** The only child with this concept name. */
        public <T extends SrItem> T single(CodedConcept name, Class<T> type) {
            List<SrItem> found = named(name);
            if (found.size() != 1 || !type.isInstance(found.get(0))) {
                throw new IllegalStateException("expected one " + type.getSimpleName() + " '" + name.meaning()
                        + "' in '" + concept.meaning() + "', found " + found.size());
            }
            return type.cast(found.get(0));
        }
    }

    record Code(Relationship relationship, CodedConcept concept, CodedConcept value) implements SrItem {
        public Code {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param value decimal string, at most 16 characters (DS) */
    record Num(Relationship relationship, CodedConcept concept, String value, CodedConcept units) implements SrItem {
        public Num {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(units, "units");
            if (value == null || value.isEmpty() || value.length() > 16) {
                throw new IllegalArgumentException("numeric value must be a DS of 1-16 characters: " + value);
            }
        }

        public double number() {
            return Double.parseDouble(value);
        }
    }

    record Text(Relationship relationship, CodedConcept concept, String text) implements SrItem {
        public Text {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(text, "text");
        }
    }

    record UidRef(Relationship relationship, CodedConcept concept, String uid) implements SrItem {
        public UidRef {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(uid, "uid");
        }
    }

    record PersonName(Relationship relationship, CodedConcept concept, String name) implements SrItem {
        public PersonName {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(name, "name");
        }
    }

    /** @param dateTime DICOM DT, e.g. {@code 20261203101500.000+0000} */
    record DateTime(Relationship relationship, CodedConcept concept, String dateTime) implements SrItem {
        public DateTime {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(dateTime, "dateTime");
        }
    }

    record Image(Relationship relationship, CodedConcept concept, String sopClassUid, String sopInstanceUid)
            implements SrItem {
        public Image {
            Objects.requireNonNull(sopClassUid, "sopClassUid");
            Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        }
    }

    record Composite(Relationship relationship, CodedConcept concept, String sopClassUid, String sopInstanceUid)
            implements SrItem {
        public Composite {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(sopClassUid, "sopClassUid");
            Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        }
    }
}
