package io.odigos.community.packs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Kubernetes document of a stored version, as listed on the pack's page: its kind, name and first line. */
@Embeddable
public class StoredDocument {

    @Column(name = "api_version", nullable = false, length = 100)
    private String apiVersion;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(nullable = false, length = 253)
    private String name;

    @Column(nullable = false)
    private int line;

    protected StoredDocument() {
    }

    static StoredDocument of(PackDocument d) {
        StoredDocument s = new StoredDocument();
        s.apiVersion = d.apiVersion();
        s.kind = d.kind();
        s.name = d.name();
        s.line = d.line();
        return s;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }
}
