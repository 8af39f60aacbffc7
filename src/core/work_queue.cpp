#include "core/work_queue.h"

namespace ifpo {

WorkQueue::WorkQueue(unsigned threads, size_t max_queued) : max_queued_(max_queued ? max_queued : 1) {
  if (threads == 0) threads = 1;
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { Loop(); });
}

WorkQueue::~WorkQueue() {
  Wait();
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  has_work_.notify_all();
  for (auto& t : threads_) t.join();
}

void WorkQueue::Submit(std::function<void()> task) {
  std::unique_lock<std::mutex> lock(mu_);
  has_room_.wait(lock, [&] { return tasks_.size() < max_queued_; });
  tasks_.push_back(std::move(task));
  has_work_.notify_one();
}

void WorkQueue::Wait() {
  std::unique_lock<std::mutex> lock(mu_);
  idle_.wait(lock, [&] { return tasks_.empty() && running_ == 0; });
}

void WorkQueue::Loop() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      has_work_.wait(lock, [&] { return stop_ || !tasks_.empty(); });
      if (stop_ && tasks_.empty()) return;
      task = std::move(tasks_.front());
      tasks_.pop_front();
      ++running_;
      has_room_.notify_one();
    }
    task();
    {
      std::lock_guard<std::mutex> lock(mu_);
      --running_;
      if (tasks_.empty() && running_ == 0) idle_.notify_all();
    }
  }
}

}  // namespace ifpo
