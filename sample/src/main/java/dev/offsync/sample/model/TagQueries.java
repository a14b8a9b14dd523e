package dev.offsync.sample.model;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDao;
import java.util.Collection;
import java.util.List;

/** Queries on tags, grouped apart from {@link TodoData}, which returns them from {@code tagQueries()}. */
@SyncDao
public interface TagQueries {

  /** The tags of these items, by label. */
  @Query(filter = "todoId in (:todoIds)", orderBy = "label")
  List<Tag> of(Collection<String> todoIds);
}
