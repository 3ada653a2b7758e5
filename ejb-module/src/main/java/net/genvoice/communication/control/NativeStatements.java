package net.genvoice.communication.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Turns an {@link AudienceQuery.Statement} into a JPA native query with its parameters bound. */
public final class NativeStatements {

  private NativeStatements() {}

  public static Query of(EntityManager em, AudienceQuery.Statement statement) {
    Query query = em.createNativeQuery(statement.sql());
    for (int i = 0; i < statement.parameters().size(); i++) {
      query.setParameter(i + 1, statement.parameters().get(i));
    }
    return query;
  }
}
