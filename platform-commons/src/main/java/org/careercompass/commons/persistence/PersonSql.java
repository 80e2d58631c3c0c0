package org.careercompass.commons.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native SQL about one person, for export and erasure: {@code :sub} binds the token subject (what they own),
 * {@code :name} their username (what names them). Runs in the caller's transaction.
 */
public final class PersonSql {

    private final EntityManager em;
    private final String subject;
    private final String name;

    public PersonSql(EntityManager em, String subject, String name) {
        this.em = em;
        this.subject = subject;
        this.name = name;
    }

    public long count(String sql) {
        return ((Number) bind(sql).getSingleResult()).longValue();
    }

    public int update(String sql) {
        return bind(sql).executeUpdate();
    }

    private Query bind(String sql) {
        Query query = em.createNativeQuery(sql);
        if (sql.contains(":sub")) {
            query.setParameter("sub", subject);
        }
        if (sql.contains(":name")) {
            query.setParameter("name", name);
        }
        return query;
    }
}
